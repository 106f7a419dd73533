// planner-school texts of the matura planner (issue 23).
export const plannerSchool = {} as const;
