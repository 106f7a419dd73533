// Live groups' occupancy for the staff home: each group's next scheduled session within the
// horizon, with its booked seats against its capacity and the group's minimum — one statement.
import { db } from '@/lib/db/client';

/** As /panel/zajecia warns about groups below their minimum: the sessions of the next two weeks. */
export const OCCUPANCY_HORIZON_DAYS = 14;

/** all: every group (live:manage); centres: the centres' groups (panel:centres); own: a teacher's. */
export type OccupancyScope = { kind: 'all' } | { kind: 'centres' } | { kind: 'own'; teacherId: string };

export type GroupOccupancy = {
  groupId: string;
  title: string;
  /** The centre's group (its panel page) when the group is a centre's. */
  centreGroupId: string | null;
  sessionId: string;
  startsAt: Date;
  taken: number;
  capacity: number;
  minParticipants: number;
};

export async function nextSessionOccupancy(scope: OccupancyScope, now: Date): Promise<GroupOccupancy[]> {
  const until = new Date(now.getTime() + OCCUPANCY_HORIZON_DAYS * 86_400_000);
  const teacherId = scope.kind === 'own' ? scope.teacherId : null;
  return db().$queryRaw<GroupOccupancy[]>`
    SELECT * FROM (
      SELECT DISTINCT ON (g."id") g."id" AS "groupId", g."title", cg."id" AS "centreGroupId",
             s."id" AS "sessionId", s."startsAt", s."taken", s."capacity", g."minParticipants"
        FROM "LiveGroup" g
        JOIN "LiveSession" s ON s."groupId" = g."id"
        LEFT JOIN "CentreGroup" cg ON cg."liveGroupId" = g."id"
       WHERE g."cancelledAt" IS NULL
         AND s."status" = 'SCHEDULED' AND s."startsAt" >= ${now} AND s."startsAt" < ${until}
         AND (${scope.kind} = 'all'
              OR (${scope.kind} = 'centres' AND cg."id" IS NOT NULL)
              OR (${scope.kind} = 'own' AND g."teacherId" = ${teacherId}))
       ORDER BY g."id", s."startsAt"
    ) n
    ORDER BY n."startsAt", n."title"`;
}
