import type { Viewport } from "next";
import { rootLayout } from "@/app/_views/layout";
import { SITE_VIEWPORT } from "@/lib/site";
import "../globals.css";

const layout = rootLayout("en");
export const generateMetadata = layout.generateMetadata;
export const viewport: Viewport = SITE_VIEWPORT;
export default layout.Layout;
