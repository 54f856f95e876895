import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is one static build served two ways: by the desktop shell's app:// protocol
// and by the web-mode server. Relative asset paths work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
