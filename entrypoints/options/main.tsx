import { render } from 'preact';
import '@/components/styles.css';
import './options.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
