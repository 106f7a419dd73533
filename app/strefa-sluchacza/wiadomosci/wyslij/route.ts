// A language learner's message to the school's office, with up to 3 files (multipart, via fetch).
import { currentUser } from '@/lib/auth/session';
import { postOfficeMessage } from '@/lib/language/office/http';

export async function POST(req: Request) {
  const user = await currentUser();
  // Anyone signed in reaches the service, which answers 404 unless they are a language learner.
  return postOfficeMessage(req, user ? { side: 'learner', userId: user.id } : null);
}
