import { compareView } from "@/app/_views/compare";

const view = compareView("en");
/** Pairs not prerendered (large catalogues, see lib/compare.ts) are rendered on first request, then cached. */
export const dynamicParams = true;
export const generateStaticParams = view.generateStaticParams;
export const generateMetadata = view.generateMetadata;
export default view.Page;
