import { siteFeedRoute } from "@/app/_views/feeds";

export const dynamic = "force-static";
export const GET = siteFeedRoute("en").GET;
