import { stopBuild } from "./build-once";

export default stopBuild;
