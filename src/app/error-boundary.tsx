import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';

type Props = { children: ReactNode };
type State = { error: Error | undefined };

/** The last line of defence: a readable message and a way out, never a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // Only the message and component stack: never props or state, which may hold the token.
    console.error('Dashboard crashed:', error.message, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Box sx={{ p: 4, maxWidth: 720, mx: 'auto' }}>
        <Alert severity="error" action={<Button onClick={() => window.location.reload()}>Reload</Button>}>
          <AlertTitle>Something went wrong in the dashboard</AlertTitle>
          {error.message || 'An unexpected error occurred.'} Reloading usually helps; your tenant was not changed by this error.
        </Alert>
      </Box>
    );
  }
}
