// @samenspel/assessment: public API (filled in by the assessment work).
export {};
