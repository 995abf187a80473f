import { searchView } from "@/app/_views/roles";

const view = searchView("en");
export const generateMetadata = view.generateMetadata;
export default view.Page;
