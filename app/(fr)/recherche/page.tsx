import { searchView } from "@/app/_views/roles";

const view = searchView("fr");
export const generateMetadata = view.generateMetadata;
export default view.Page;
