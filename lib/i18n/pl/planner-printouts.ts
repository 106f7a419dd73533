// planner-printouts texts of the matura planner (issue 23).
export const plannerPrintouts = {} as const;
