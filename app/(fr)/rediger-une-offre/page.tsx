import { writeAdView } from "@/app/_views/write-ad";

const view = writeAdView("fr");
export const generateMetadata = view.generateMetadata;
export default view.Page;
