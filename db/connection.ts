// The type of an open database connection, apart from the code that opens one (open.ts), so that the
// modules opening a database uses can name it without importing the opener back.
import type Database from 'better-sqlite3';

export type Db = Database.Database;
