// planner-lifecycle texts of the matura planner (issue 23).
export const plannerLifecycle = {} as const;
