import { rolesView } from "@/app/_views/roles";

const view = rolesView("fr");
export const generateMetadata = view.generateMetadata;
export default view.Page;
