// planner-students texts of the matura planner (issue 23).
export const plannerStudents = {} as const;
