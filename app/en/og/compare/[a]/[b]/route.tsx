import { compareOgRoute } from "@/app/_views/og";

const route = compareOgRoute("en");
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
