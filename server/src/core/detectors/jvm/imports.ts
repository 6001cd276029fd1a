// What Java and Kotlin imports and builder statements have in common, for the fix support of both.

/** Methods whose call as a statement only sets something on its receiver (`setModelId`, `addInputs`, `put`). */
export const BUILDING_METHOD = /^(?:set|add|put|append|clear|merge|remove)(?:[A-Z]\w*)?$/;

/** The simple name an import gives `qualified`: `UserAppIDSet` for `com.clarifai.grpc.api.UserAppIDSet` or `com.clarifai.grpc.api.*`. */
export function importedName(path: string, wildcard: boolean, qualified: string, alias?: string): string | undefined {
  const dot = qualified.lastIndexOf('.');
  if (!wildcard && path === qualified) return alias ?? qualified.slice(dot + 1);
  if (wildcard && qualified.slice(0, dot) === path) return qualified.slice(dot + 1);
  return undefined;
}
