// Re-exports xlsx 0.18.5 and adds `set_fs`, which newer xlsx builds have and @sdeverywhere/compile
// calls. Samenspel never reads spreadsheets, so a no-op is enough.
'use strict';
const xlsx = require('xlsx');

module.exports = { ...xlsx, set_fs() {} };
