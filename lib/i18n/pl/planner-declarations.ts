// planner-declarations texts of the matura planner (issue 23).
export const plannerDeclarations = {} as const;
