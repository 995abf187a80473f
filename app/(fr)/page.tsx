import { homeView } from "@/app/_views/home";

const view = homeView("fr");
export const generateMetadata = view.generateMetadata;
export default view.Page;
