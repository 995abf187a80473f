import { sourcesView } from "@/app/_views/sources";

const view = sourcesView("en");
export const generateMetadata = view.generateMetadata;
export default view.Page;
