import '@internal/stagecraft-frontend-test-utils/setupTests';
