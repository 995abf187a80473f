import { rolesView } from "@/app/_views/roles";

const view = rolesView("en");
export const generateMetadata = view.generateMetadata;
export default view.Page;
