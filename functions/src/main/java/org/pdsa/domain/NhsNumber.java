package org.pdsa.domain;

/** The NHS number's modulus-11 check: 10 digits, the last a check digit over the first nine. */
public final class NhsNumber {

    private NhsNumber() {
    }

    /**
     * True when {@code digits} is exactly ten digits whose last digit is the modulus-11 check digit of the
     * first nine (weights 10 down to 2; 11 becomes 0; a check value of 10 means no valid number).
     */
    public static boolean isValid(String digits) {
        if (digits == null || digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }
}
