// ES-module face of the shim (see index.cjs).
import xlsx from './index.cjs';

export const { read, readFile, utils, set_fs } = xlsx;
export default xlsx;
