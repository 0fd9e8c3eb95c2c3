export * from "./contacts";
export * from "./forms";
export * from "./leads";
export * from "./scoring";
export * from "./settings";
export * from "./users";
