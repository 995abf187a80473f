import { compareOgRoute } from "@/app/_views/og";

const route = compareOgRoute("fr");
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
