import { roleFeedRoute } from "@/app/_views/feeds";

const route = roleFeedRoute("fr");
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
