// npm run storage:migrate: moves every file still in PostgreSQL to the S3 store named by S3_URL and
// S3_BUCKET (docs/deploy.md). Reads keep working during the move (S3 falls back to PostgreSQL).
import { storageSettings } from '../lib/config/env';
import { messages } from '../lib/i18n';
import { s3Store } from '../lib/storage/s3';
import { moveFilesToS3 } from '../lib/storage/migrate';

const settings = storageSettings();
if (!settings) {
  console.error(messages().ops.storageMigrate.noS3);
  process.exit(1);
}
const { moved } = await moveFilesToS3(s3Store(settings));
console.log(messages().ops.storageMigrate.moved(moved));
process.exit(0);
