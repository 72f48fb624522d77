/** The global key under which an edition's strings module (src/scripts/editions/) hands its strings over. */
export const stringsKey = (edition: string) => Symbol.for(`explainer:strings:${edition}`);
