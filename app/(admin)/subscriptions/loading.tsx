export { default } from "../customers/loading";
