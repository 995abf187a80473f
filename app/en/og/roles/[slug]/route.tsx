import { roleOgRoute } from "@/app/_views/og";

const route = roleOgRoute("en");
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
