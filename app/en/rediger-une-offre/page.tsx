import { writeAdView } from "@/app/_views/write-ad";

const view = writeAdView("en");
export const generateMetadata = view.generateMetadata;
export default view.Page;
