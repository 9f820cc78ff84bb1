import { endpoints } from "@painplan/core";
export const x: string = endpoints.getMe.path;
console.log(x)
