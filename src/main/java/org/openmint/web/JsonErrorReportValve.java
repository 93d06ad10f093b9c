package org.openmint.web;

import java.io.IOException;
import java.io.Writer;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error report (malformed URLs, bad requests Tomcat refuses before Spring sees them)
 * in the spec's error body instead of an HTML page.
 */
public class JsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == HttpServletResponse.SC_NOT_IMPLEMENTED) {
            // Tomcat's answer to a transfer coding it does not know: a malformed request, not our failure
            status = HttpServletResponse.SC_BAD_REQUEST;
            response.setStatus(status);
        }
        ErrorBody body = ErrorBody.forStatus(status);
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"code\":\"" + body.code() + "\",\"message\":\"" + body.message()
                        + "\",\"contexts\":[]}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was already sent: nothing more to say
        }
    }
}
