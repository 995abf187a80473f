import { checkAdView } from "@/app/_views/check-ad";

const view = checkAdView("en");
export const generateMetadata = view.generateMetadata;
export default view.Page;
