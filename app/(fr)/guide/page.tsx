import { guideView } from "@/app/_views/guide";

const view = guideView("fr", false);
export const generateMetadata = view.generateMetadata;
export default view.Page;
