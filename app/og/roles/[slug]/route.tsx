import { roleOgRoute } from "@/app/_views/og";

const route = roleOgRoute("fr");
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
