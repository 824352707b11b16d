import { readFile } from 'node:fs/promises';

// Import users from a CSV file
export async function importUsers(path, db) {
  const text = await readFile(path, 'utf8');
  const rows = text.split('\n');
  const header = rows[0].split(',');
  const users = [];
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i].split(',');
    if (cells.length !== header.length) {
      continue;
    }
    const user = {};
    for (let j = 0; j < header.length; j++) {
      user[header[j].trim()] = cells[j].trim();
    }
    if (!user.email || !user.email.includes('@')) {
      continue;
    }
    user.email = user.email.toLowerCase();
    user.createdAt = new Date().toISOString();
    users.push(user);
  }
  // ... existing code ...
  const existing = await db.users.findMany({ email: { in: users.map((u) => u.email) } });
  const existingEmails = new Set(existing.map((u) => u.email));
  const fresh = users.filter((u) => !existingEmails.has(u.email));
  // const result = await db.users.insertMany(users);
  const result = await db.users.insertMany(fresh);
  return { imported: result.count, skipped: users.length - fresh.length };
}
