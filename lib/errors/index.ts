export { AppError, errorCodes, errorResponse, httpStatus, isAppError, type ErrorCode } from "./app-error";
