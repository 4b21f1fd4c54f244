import { render } from 'preact';
import '@/components/styles.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
// The form is in the document and takes input from here on: what `npm run bench` measures.
performance.mark('invite-form-ready');
