import { embedEditionRoute } from "@/app/_views/embed";

const route = embedEditionRoute("en");
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
