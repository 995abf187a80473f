import { guideView } from "@/app/_views/guide";

const view = guideView("en", true);
export const generateMetadata = view.generateMetadata;
export default view.Page;
