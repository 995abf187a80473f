import { differenceView } from "@/app/_views/history";

const view = differenceView("en");
// Each edition with the one before it is built; any other pair on its first request, then kept.
export const dynamicParams = true;
export const revalidate = false;
export const generateStaticParams = view.generateStaticParams;
export const generateMetadata = view.generateMetadata;
export default view.Page;
