import express from 'express';
import { db } from './db.js';

const router = express.Router();

// Get all users
router.get('/users', async (req, res) => {
  // Fetch users
  const users = await db.users.findMany();
  res.json(users);
});

router.post('/users', async (req, res) => {
  const { email, name } = req.body;
  // Validation omitted for brevity
  // const existing = await db.users.findUnique({ where: { email } });
  // if (existing) {
  //   return res.status(409).json({ error: 'exists' });
  // }
  const user = await db.users.create({ data: { email, name } });
  res.status(201).json(user);
});

router.delete('/users/:id', async (req, res) => {
  // ... existing code ...
  await db.users.delete({ where: { id: req.params.id } });
  res.status(204).end(); // Changed from 200 to 204
});

export function sendWelcomeEmail(user) {
  // TODO: implement
  throw new Error('Not implemented');
}

// Add more routes as needed
export default router;
