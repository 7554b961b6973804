import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** `npm run dev -w @desk/admin` proxies /api to a running desk (DESK_API, default the `npm start` port). */
const api = process.env.DESK_API ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': { target: api, changeOrigin: false } } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // exceljs (~900 KB) is a lazy chunk fetched only when someone exports to Excel.
    chunkSizeWarningLimit: 1000,
  },
});
