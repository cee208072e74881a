/**
 * File name of the source text of the model: Zorginstituut Nederland, "Model voor netwerkvorming,
 * samenwerking, samen leren en ontwikkelen". Every `SourceRef` in the model texts points into it.
 */
export const SEED_FILE = '002_10fb751eca06e015.txt';
