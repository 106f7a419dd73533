// planner-teams texts of the matura planner (issue 23).
export const plannerTeams = {} as const;
