import pkg from "../package.json" with { type: "json" };

export const BILLOW_VERSION: string = pkg.version;
